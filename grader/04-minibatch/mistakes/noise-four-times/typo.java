// Mistake: a word that is none of the options
// Prediction: noise-four-times
predict("noise-four-times", "half");
