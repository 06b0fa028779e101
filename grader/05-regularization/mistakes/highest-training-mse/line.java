// Mistake: predicts the straight line fits the training points worse than the strongly penalized network
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: highest-training-mse
predict("highest-training-mse", "line");
