// Mistake: predicts the keep probability 0.7 instead of the kept value
// Prediction: kept-value
predict("kept-value", 0.7);
