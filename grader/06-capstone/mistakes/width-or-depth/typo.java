// Mistake: a word that is none of the options
// Prediction: width-or-depth
org.dlkit.notebook.Notebook.predict("width-or-depth", "deeper");
