// Mistake: predicts the batch size does not change the spread
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: noise-four-times
predict("noise-four-times", "unchanged");
