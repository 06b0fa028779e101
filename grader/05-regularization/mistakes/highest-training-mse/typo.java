// Mistake: a name that is none of the options
// Prediction: highest-training-mse
predict("highest-training-mse", "L2 λ = 1");
