// Mistake: records no prediction
// Prediction: linear-circles
predict("linear-circles", "");
