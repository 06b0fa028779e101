// Mistake: records no prediction
// Prediction: batch-one-vs-full
predict("batch-one-vs-full", "");
