package masterplan

// Institutions are the bodies that steer and carry out the masterplan, set
// by decree (SK) one to two months after the MoU.
type Institutions struct {
	// Council is the Dewan Smart City.
	Council Body `json:"council" yaml:"council"`
	// Team is the Tim Pelaksana, the implementation team.
	Team Body `json:"team" yaml:"team"`
	// Leader leads the region's smart-city effort; Rembang's acceleration
	// team is led by the Wakil Bupati.
	Leader Official `json:"leader" yaml:"leader"`
}

// Body is a council or team.
type Body struct {
	// Name is the body's name, such as "Dewan Smart City Kabupaten Rembang".
	Name string `json:"name" yaml:"name" validate:"required"`
	// Decree is the decree (SK) that forms the body, as cited; optional.
	Decree string `json:"decree,omitempty" yaml:"decree,omitempty"`
	// Members are the body's members; optional.
	Members []Official `json:"members,omitzero" yaml:"members,omitempty" validate:"dive" maxitems:"1000"`
}

// Official is a person with a role.
type Official struct {
	// Name is the person's name.
	Name string `json:"name" yaml:"name" validate:"required"`
	// Role is the person's office or role, such as "Wakil Bupati" or
	// "Kepala Dinas Komunikasi dan Informatika".
	Role string `json:"role" yaml:"role" validate:"required"`
}
