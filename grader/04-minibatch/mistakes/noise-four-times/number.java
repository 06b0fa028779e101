// Mistake: answers with a number instead of an option
// Prediction: noise-four-times
predict("noise-four-times", 0.25);
