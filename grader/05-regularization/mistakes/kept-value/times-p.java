// Mistake: predicts 1 − p scaled the wrong way, 1 − 0.3 squared
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: kept-value
predict("kept-value", 0.49);
