// Mistake: answers with a number of layers instead of an option
// Prediction: width-or-depth
org.dlkit.notebook.Notebook.predict("width-or-depth", 3);
