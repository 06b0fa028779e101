// Mistake: names the lightly regularized network, which is not one of the two options
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: highest-training-mse
predict("highest-training-mse", "weak");
