// Mistake: predicts the wide network fits better
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: width-or-depth
org.dlkit.notebook.Notebook.predict("width-or-depth", "wide");
