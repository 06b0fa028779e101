// Mistake: names the lightly regularized network, which is not one of the two options
// Prediction: highest-training-mse
predict("highest-training-mse", "weak");
