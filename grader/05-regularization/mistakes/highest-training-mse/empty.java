// Mistake: records no prediction
// Prediction: highest-training-mse
predict("highest-training-mse", "");
