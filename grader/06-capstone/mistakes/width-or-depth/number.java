// Mistake: answers with a number of layers instead of an option
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: width-or-depth
org.dlkit.notebook.Notebook.predict("width-or-depth", 3);
