// Mistake: predicts the straight line fits the training points worst
// Prediction: highest-training-mse
predict("highest-training-mse", "line");
