// Mistake: a word that is none of the options
// Prediction: batch-one-vs-full
predict("batch-one-vs-full", "lower");
