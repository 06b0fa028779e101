// Mistake: predicts the keep probability 0.7 instead of the kept value
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: kept-value
predict("kept-value", 0.7);
