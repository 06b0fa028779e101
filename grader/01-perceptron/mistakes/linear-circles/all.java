// Mistake: predicts the linear stack fits every point
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: linear-circles
predict("linear-circles", "all");
