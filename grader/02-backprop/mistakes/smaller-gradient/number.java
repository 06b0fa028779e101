// Mistake: answers with a gradient's value instead of naming the weight
// Prediction: smaller-gradient
predict("smaller-gradient", -0.05);
