// Mistake: predicts the unregularized network has the highest training error
// Prediction: highest-training-mse
predict("highest-training-mse", "none");
