// Mistake: records no prediction
// Prediction: minima-reached
predict("minima-reached", "");
