// Mistake: a word that is none of the options
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: width-or-depth
org.dlkit.notebook.Notebook.predict("width-or-depth", "deeper");
