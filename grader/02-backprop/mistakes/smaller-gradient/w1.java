// Mistake: expects the gradient reaching the first weight to be larger
// Prediction: smaller-gradient
predict("smaller-gradient", "w1");
