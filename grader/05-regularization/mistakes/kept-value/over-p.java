// Mistake: predicts 1/p instead of 1/(1 − p)
// Prediction: kept-value
predict("kept-value", 3.33);
