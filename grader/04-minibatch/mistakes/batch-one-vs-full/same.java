// Mistake: predicts the batch size does not matter for stability
// Prediction: batch-one-vs-full
predict("batch-one-vs-full", "the same");
