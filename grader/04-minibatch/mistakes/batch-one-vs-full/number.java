// Mistake: answers with a rate instead of an option
// Prediction: batch-one-vs-full
predict("batch-one-vs-full", 0.75);
