// Mistake: a word that is none of the options
// Prediction: escape-sharp
predict("escape-sharp", "jumps");
