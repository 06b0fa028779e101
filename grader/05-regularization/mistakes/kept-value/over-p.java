// Mistake: predicts 1/p instead of 1/(1 − p)
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: kept-value
predict("kept-value", 3.33);
