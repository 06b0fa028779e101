// Mistake: predicts single examples take larger rates
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: batch-one-vs-full
predict("batch-one-vs-full", "larger");
