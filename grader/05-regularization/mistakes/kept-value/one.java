// Mistake: predicts kept entries stay 1 (forgets the 1/(1 − p) scale)
// Prediction: kept-value
predict("kept-value", 1);
