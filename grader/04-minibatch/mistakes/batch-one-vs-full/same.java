// Mistake: predicts the batch size does not matter for stability
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: batch-one-vs-full
predict("batch-one-vs-full", "the same");
