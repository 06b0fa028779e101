// Mistake: predicts 1 − p scaled the wrong way, 1 − 0.3 squared
// Prediction: kept-value
predict("kept-value", 0.49);
