// Mistake: predicts the straight line fits the training points worse than the strongly penalized network
// Prediction: highest-training-mse
predict("highest-training-mse", "line");
