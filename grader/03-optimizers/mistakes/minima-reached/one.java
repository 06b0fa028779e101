// Mistake: expects every start to find the same minimum, as in a bowl
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: minima-reached
predict("minima-reached", 1);
