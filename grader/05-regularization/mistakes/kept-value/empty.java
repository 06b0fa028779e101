// Mistake: records no prediction
// Prediction: kept-value
predict("kept-value", "");
