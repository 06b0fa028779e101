// Mistake: adds the layer sizes instead of multiplying them
// Look at: how the sizes of two layers give the number of weights between them
// Prediction: parameter-count
org.dlkit.notebook.Notebook.predict("parameter-count", 932);
