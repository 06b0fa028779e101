// Mistake: predicts the batch size does not change the spread
// Prediction: noise-four-times
predict("noise-four-times", "unchanged");
