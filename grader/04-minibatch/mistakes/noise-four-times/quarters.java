// Mistake: predicts the spread falls to a quarter (the variance does, not the standard deviation)
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: noise-four-times
predict("noise-four-times", "quarters");
