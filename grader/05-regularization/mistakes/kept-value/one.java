// Mistake: predicts kept entries stay 1 (forgets the 1/(1 − p) scale)
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: kept-value
predict("kept-value", 1);
