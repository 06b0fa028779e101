// Mistake: records no prediction
// Prediction: noise-four-times
predict("noise-four-times", "");
