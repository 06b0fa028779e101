// Mistake: answers with the learning rate instead of an option
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: escape-sharp
predict("escape-sharp", 0.5);
