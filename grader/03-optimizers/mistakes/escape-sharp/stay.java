// Mistake: expects gradient descent to stay where it started, as with a small step
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: escape-sharp
predict("escape-sharp", "stay");
