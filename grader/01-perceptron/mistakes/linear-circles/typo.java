// Mistake: a word that is none of the options
// Prediction: linear-circles
predict("linear-circles", "halve");
