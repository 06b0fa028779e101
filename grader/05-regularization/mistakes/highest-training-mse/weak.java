// Mistake: predicts the lightly regularized network has the highest training error
// Prediction: highest-training-mse
predict("highest-training-mse", "weak");
