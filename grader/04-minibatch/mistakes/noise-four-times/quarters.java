// Mistake: predicts the spread falls to a quarter (the variance does, not the standard deviation)
// Prediction: noise-four-times
predict("noise-four-times", "quarters");
