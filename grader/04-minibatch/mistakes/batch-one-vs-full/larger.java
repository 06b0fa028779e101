// Mistake: predicts single examples take larger rates
// Prediction: batch-one-vs-full
predict("batch-one-vs-full", "larger");
