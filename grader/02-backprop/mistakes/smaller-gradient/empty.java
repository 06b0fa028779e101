// Mistake: records no prediction
// Prediction: smaller-gradient
predict("smaller-gradient", "");
