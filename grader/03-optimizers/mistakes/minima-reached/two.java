// Mistake: expects only the two valleys along w2 to matter
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: minima-reached
predict("minima-reached", 2);
