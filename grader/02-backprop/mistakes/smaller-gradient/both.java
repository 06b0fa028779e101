// Mistake: a word that is none of the options
// Prediction: smaller-gradient
predict("smaller-gradient", "equal");
