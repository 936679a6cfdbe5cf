# blind44 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Pryce <gareth.pryce@mailbox.example>",
         to="help@voltaride-bikes.example",
         subject="Battery from my Trekker 500",
         body="""\
Hi there,

Bought a Trekker 500 from you in August (order VR-20931). Last night the battery was
charging in the hallway like always, with the charger that came in the box. Around half
eleven my wife smelled something like melting plastic, and when I went down the battery
was hissing and grey smoke was pouring out of the vents. I carried it out the back door
onto the patio with the oven gloves, it popped twice and then flames came out of the end
for maybe a minute.

Nobody hurt, thank God, but the hallway carpet is scorched and the whole house stinks.
The kids sleep right above that hallway.

The battery is sitting in a metal bucket in the garden now and it's not going back on the
bike. What do I do with it, and what happens next? I'd like someone to ring me today
please: 07700 918 442.

Gareth Pryce"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Aisha Rahman <aisha.r@postbox.example>",
         to="careline@littlespoon-foods.example",
         subject="Hard piece in a pouch - my daughter gagged",
         body="""\
Hello,

I'm writing about one of your Apple & Pear pouches (7+ months), best before 14/05/2027,
batch L2611B.

This morning I was giving it to my daughter (10 months) straight from the spout and she
started coughing and gagging and went red in the face. I turned her over on my knee and
patted her back, and she brought up a hard clear piece of plastic about the size of my
little fingernail. She's fine now and feeding normally, but I'm still shaking.

I've kept the pouch and the piece in a freezer bag. I have four more from the same box and
I've stopped using them. Can you tell me whether other batches are affected? Other parents
will be giving these to their babies right now.

Aisha Rahman

Sent from my iPhone"""),
    dict(n=3, signals="safety", priority="critical", trap="forward", qt=0, reply=0,
         frm="Helen Okafor <h.okafor@stmarys-general.example>",
         to="clinical.support@medifuse.example",
         subject="FW: Incident 4471 - Medifuse VP-3 pump, Ward 7B",
         body="""\
Dear Medifuse team,

Please see the note below from our night nurse. The pump (asset no. 7B-0193) has been
taken out of use and bagged with its giving set. We have eleven more VP-3s on the ward
and I need to know today whether we should keep using them. Please call me on
01632 960 377.

Helen Okafor
Ward Manager, Ward 7B (Acute Medicine)
St Mary's General Hospital

-----Original Message-----
From: Dan Whitlock
Sent: 03 December 2026 05:12
To: Helen Okafor
Subject: Incident 4471 - Medifuse VP-3 pump, Ward 7B

Helen,
Bed 14 (Mr H., 81) was on a 1000 ml saline bag at 125 ml/h from 01:00. At 02:40 the bag
was empty and the pump was still showing 210 ml infused, no alarm. He was breathless and
his sats dropped to 89%. Doctor reviewed, furosemide given, he has settled and is on
hourly obs. Line and rate were checked by two nurses at set-up. Datix done.
Dan

This e-mail and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please notify the sender and delete it. St Mary's
General Hospital NHS Trust does not accept liability for any views expressed in it."""),
    dict(n=4, signals="safety", priority="critical", trap="terse", qt=0, reply=0,
         frm="Tom Bristow <tbristow@fastpost.example>",
         to="service@northgas-homecare.example",
         subject="boiler",
         body="""\
Your engineer serviced our boiler yesterday afternoon. Since about 6 tonight the little
alarm in the kitchen keeps beeping with CO on the display, both kids have headaches and
my partner's been sick twice. Windows all open and we're sat in the car outside.
Account 5520193. What do we do, does someone come out?

Tom

Sent from my Galaxy"""),
    dict(n=5, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Nair <priya.nair@inboxmail.example>",
         to="support@kestrelbank.example",
         subject="Payments I didn't make",
         body="""\
Hi,

I've just opened the app and there are six card payments from last night that aren't
mine: five to "GAMEVAULT*TOPUP" for 49.99 each and one for 312.00 to an electronics site
I've never heard of. All between 01:10 and 01:35, when I was asleep. My card is right
here in my purse.

I've frozen the card in the app but the payments are still showing as pending. That's
nearly 562 pounds and my rent goes out on Monday. Please stop them and tell me what I
need to do.

Priya Nair
Current account ending 8306"""),
    dict(n=6, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Margaret Ellison <m.ellison@homemail.example>",
         to="claims@harbourhome-insurance.example",
         subject="Another customer's papers in my online account",
         body="""\
Dear Sir or Madam,

I hope you will forgive me writing to this address, I could not find a better one.

Yesterday I logged into my online account to download my renewal documents (policy
HH-7734102). The "Your documents" page listed my renewal, but also eight documents that
belong to a Mr and Mrs Kowalczyk in Leeds: their escape-of-water claim form, photographs
of the inside of their house, a copy of a driving licence and a bank statement with the
account number showing.

I did not open more than the first two once I realised what they were. I looked again
this morning and they are still there.

I thought you would want to know straight away. I would certainly want to be told if it
were my papers.

With kind regards,
Margaret Ellison"""),
    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Stefan Horvath <s.horvath@brenmoor-plastics.example>",
         to="support@linetrack-mes.example",
         subject="URGENT - Telford site: no pallet labels since 06:00, lines stopped",
         body="""\
Hello,

Since the start of the early shift (06:00) every handheld scanner on our Telford site
shows "Sync pending - 0/1" when the operators book a finished pallet, and the label
printers at the end of lines 1 to 4 have not printed a single label. Without a label
nothing can leave the line, so all four injection moulding lines are stopped and 38
operators are standing around. Our first lorry for the customer (automotive, JIT) is due
at 10:30.

We have restarted the scanners, both printer PCs and the LineTrack gateway service. No
change. Nothing was changed on our side over the weekend.

Please call me on 01952 480 116 or mobile 07700 900 582. Contract number LT-ENT-0417.

Kind regards

Stefan Horvath
Production IT Lead
Brenmoor Plastics Ltd | Unit 4, Halesfield 19 | Telford TF7 4QT

Brenmoor Plastics Ltd is registered in England and Wales under company number 04817263.
This e-mail and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed. If you have received
this e-mail in error please notify the sender immediately and delete it from your system."""),
    dict(n=8, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Jordan Mills <jordan.mills@pulsegyms.example>",
         to="support@deskfront-software.example",
         subject="None of our front desks can sign in after this morning's password reset",
         body="""\
Hi DeskFront,

Your e-mail last night asked all admin users to reset their passwords before 06:00
today. We did that for the head office accounts. Since then none of the front-desk staff
at our 11 clubs can sign in to the check-in tablets: every one gets "Invalid
credentials", and the reset link in the e-mail says "token expired". That's around 40
staff logins.

Members are queuing at the doors and we're letting people in off paper lists, but we
can't sell memberships, book classes or take PT payments at any club. Saturday morning
is our busiest time of the week.

Please can someone pick this up immediately. Account ID PG-00312.

Jordan Mills
Operations Manager, Pulse Gyms
07700 900 664"""),
    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Luca Bernardi <luca.bernardi@webpost.example>",
         to="help@skyline-cable.example",
         subject="No tv and no internet since saturday",
         body="""\
Good morning,

I write you because since Saturday evening I have nothing on the TV, the box show only
"No signal - E-302", and the internet light on the modem is blinking red. I have restart
both many times and check all the cables behind, they are in place.

I work from home for a translation agency and now I must sit every day in a cafe with my
laptop to send my work. I have call your number two times but after 40 minutes waiting
the line close.

Please can you send a technician as soon as possible? Customer number 30-118842,
address Flat 3, 27 Carlton Road, Nottingham NG3 2FP.

Thank you,
Luca Bernardi"""),
    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Chloe Martin <chloe.martin@studentpost.example>",
         to="learners@brightwords-school.example",
         subject="A few things about the online classroom",
         body="""\
Hi,

I'm in the Tuesday/Thursday B2 Spanish evening group (student no. 22-4187). A few things,
in no particular order:

- The "Submit homework" button in the online classroom hasn't done anything for about a
  week. I click it, the little wheel spins and the page reloads with no file attached.
  Videos and quizzes are fine. For now I'm e-mailing my essays to Marta directly, which
  she says is OK, but it would be nice to have it back.
- Is there a class on 24 December or are we off?
- The PDF for unit 7 has the answers printed on page 3, which is a bit of a giveaway :)
- Could I get a certificate of attendance for my employer at the end of term?

Thanks!
Chloe"""),
    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Derek Hollis <derek.hollis@oldmail.example>",
         to="customercare@freshcart.example",
         subject="Question about a charge on my card",
         body="""\
Hello,

Just a quick query. My grocery order on Tuesday (FC-7718204) came to 64.37 on the
receipt, but my bank shows 68.87 taken by FreshCart. I think the difference might be a
delivery charge, but I thought I had free delivery with the Saver pass.

No rush with this, I just like to understand what I'm paying for.

Many thanks,
Derek Hollis"""),
    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Rachel Dunmore <rachel.dunmore@mailhub.example>",
         to="bookings@seaways-ferries.example",
         subject="Re: [Case 00482211] Refund for cancelled sailing 14 Oct",
         body="""\
Hi,

It's now been six weeks and the refund still hasn't arrived. I've checked both my credit
card and my current account. Please could you find out what's happened to it? The
booking was for a car and two passengers, 186.40.

Rachel Dunmore

On 21 Oct 2026, at 09:14, Seaways Customer Relations <bookings@seaways-ferries.example> wrote:

> Dear Ms Dunmore,
>
> We are sorry that your sailing from Holyhead to Dublin on 14 October was cancelled due
> to adverse weather. A full refund of 186.40 has been issued to the card used for the
> booking (ref. SW-HD-55102) and should appear within 5-10 working days.
>
> Kind regards,
> Seaways Customer Relations"""),
    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Kyle Benson <kyle.benson@quickmail.example>",
         to="sales@ashfordmotors.example",
         subject="You've taken my deposit TWICE",
         body="""\
I paid the 1,500 deposit on the Corsa (reg WK19 ORP) on Saturday with your salesman Neil.
Today I see TWO payments of 1,500 to Ashford Motors on my debit card, both Saturday at
11:42. So you've got 3,000 of mine.

That second 1,500 is my rent. It goes out on Friday and if it bounces I'm in real trouble
with my landlord. I've rung the showroom three times today and been told "someone will
call you back". Nobody has.

I want the second payment refunded TODAY and I want someone to actually ring me:
07700 900 317.

Kyle Benson"""),
    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Susan Clarke <susan.clarke@oldprovider.example>",
         to="reception@parkview-dental.example",
         subject="Changing my email address for the patient portal",
         body="""\
Dear Parkview Dental,

I'm moving my email from oldprovider to a new address next month. How do I change the
email I use to log in to the patient portal for booking appointments? I've looked under
"My details" but the email box is greyed out.

The new one will be susan.clarke@newpost.example.

Best wishes,
Susan Clarke (patient, DOB 12/03/1961)"""),
    dict(n=15, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Owen Price <owen.price@mailbox2.example>",
         to="support@pawsandclaws-vets.example",
         subject="Re: Can't log in to the Pet Health app [Ref 66120]",
         body="""\
Hi Sophie, answers below.

> 1. Which e-mail address did you register with?

owen.price@mailbox2.example, the one I'm writing from.

> 2. What message do you see when you try to log in?

"Your account has been locked after too many attempts. Please reset your password."
When I press reset, no e-mail ever comes. I've checked spam too.

> 3. Is this urgent, e.g. do you need a prescription or an appointment soon?

Not desperately. Bramble's flea and worming is due next week and I'd like to order it
through the app, but I can ring the practice if I have to.

Thanks,
Owen Price"""),
    dict(n=16, signals="account", priority="high", trap="aside", qt=0, reply=0,
         frm="Bev Addison <bev@addisonhart-accounts.example>",
         to="helpdesk@clearpath-it.example",
         subject="Can't sign in to email or payroll - need it today",
         body="""\
Hi Clearpath,

My phone died on Sunday (dropped it in the bath, don't ask) and I've got a new one with
the same number, but the authenticator app didn't come across. Now every time I try to
sign in to my work email it wants the code from the app and I've no way of getting it.
The payroll portal uses the same sign-in, so I'm shut out of that too.

Payroll for our 14 staff has to be submitted by 3pm today or they won't be paid on
Friday, and I'm the only one with access.

Can you reset my two-step thing or give me a temporary code? I'm at my desk all day on
01223 555 019.

Thanks,
Bev Addison
Office Manager, Addison Hart Accountants"""),
    dict(n=17, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Neil Fairbanks <neil.fairbanks@hartleyjuniors.example>",
         to="courses@riverside-leisure.example",
         subject="Emergency first aid course - January dates?",
         body="""\
Hello,

I coach an under-12s football team and the league now wants every coach to hold a
current emergency first aid certificate. I saw on your website that you run the one-day
"Emergency First Aid" course at Riverside Pool.

A few questions before I book:
- Does it cover head injuries, sprains and broken bones, or is it mostly CPR and choking?
  Most of our accidents are knocks and twisted ankles, and last season one lad ended up
  in hospital with a broken wrist, so that's what I worry about most.
- Are there any dates left in January?
- The club is paying. Can you invoice them directly rather than me paying by card?

Cheers,
Neil Fairbanks
Hartley Juniors FC"""),
    dict(n=18, signals="-", priority="low", trap="order", qt=0, reply=0,
         frm="Imogen Walsh <imogen.walsh@lanternplayhouse.example>",
         to="orders@stagecraft-fx.example",
         subject="Order for 'The Ashes of Holloway Hall' - blood, smoke and fire",
         body="""\
Hi Stagecraft team,

Our spring production, "The Ashes of Holloway Hall", opens on 12 March and I'd like to
order the effects for the run (28 performances). A quick summary of the carnage so you
know what we need:

- Act 1: the colonel is poisoned at dinner and dies on stage.
- Act 2: the butler is shot twice and bleeds through his shirt every night, so we need
  the washable blood, not the sticky one.
- Act 3: the house burns down. Lots of smoke, flickering firelight and the sound of the
  roof collapsing.

So roughly: 6 litres of Washable Stage Blood, 2 packs of blood capsules (the mint ones,
our actor gags on the cherry), 4 x 5 l of Haze Fluid Dense, and two of the LED "Flicker
Flame" units if you still stock them.

Could you send a quote with delivery to the address below? We pay by invoice, 30 days,
as before.

Thanks,
Imogen Walsh
Production Manager, Lantern Playhouse
14 Quay Street, Bristol BS1 4DT"""),
    dict(n=19, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Harriet Young <harriet.young@webmail3.example>",
         to="hello@cartwright-removals.example",
         subject="Thank you to Dave, Kwame and Lee!",
         body="""\
Hi,

Just wanted to say a massive thank you to the crew who moved us from Clapham to Reading
on Friday. I was dreading it: three flights of stairs, no lift, and my grandmother's
piano, which I was convinced would kill someone or at least break a few toes on the way
down.

The lads absolutely killed it. Dave had that piano down the stairs like it weighed
nothing, Kwame packed the kitchen so well that not a single wine glass died, and Lee kept
everyone going when I was about to have a breakdown at 4pm. My back would be broken if
I'd tried half of it myself.

Life savers, honestly. I'll leave a review on your website too.

Harriet Young"""),
    dict(n=20, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Alan Moorcroft <alan@lowermoorcroft-farm.example>",
         to="office@valefarmers-coop.example",
         subject="Is this really from you? Account blocked",
         body="""\
Morning,

Got the email below this morning, supposedly from you. It says my member account is
blocked for "suspicious activity" and I have to confirm my password and bank details
within 24 hours or my grain payment will be frozen.

Looks like phishing to me, the link goes to some address ending .top and the spelling is
all over the place, so I haven't clicked or typed anything. Just thought you should know
in case other members fall for it. A few of the older lads round here would.

Might be worth a warning in the next newsletter.

Alan Moorcroft
Member no. 1187, Lower Moorcroft Farm

---------- Forwarded message ---------
From: Vale Farmers Security <alert@valefarmers-verify.example>
Subject: URGENT: Your account has been BLOCKED

Dear Member,
We detected suspicious login attempts on you account. For your protection your account
is temporarily BLOCKED. To avoid suspension of payments, verify your password and bank
details within 24 hours: [Verify my account]
Vale Farmers Security Team"""),
    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="The Yard Workspaces <community@theyard-workspaces.example>",
         to="hello@brightleaf-studio.example",
         subject="December at The Yard: Cyber Safety Week, fire alarm tests and mince pies",
         body="""\
Hi Yarders,

Here's what's on in December:

CYBER SAFETY WEEK (7-11 Dec)
- Monday lunchtime: "How I got hacked". A local bakery owner tells how one phishing
  e-mail emptied her business account, and what she'd do differently.
- Wednesday: free password manager clinic. Bring your laptop and your 47 sticky notes.
- Friday: ethical hacker Sam Okoye shows live how long it takes to crack "Summer2026!"
  (spoiler: not long) and what a real data breach notice looks like.

BUILDING NOTICES
- Fire alarm test every Thursday at 10:00. No need to evacuate unless it keeps going for
  more than a minute.
- Please don't leave laptops unattended in the Library: two went walkabout last month.

MINCE PIES & MULLED WINE
Friday 18 Dec from 4pm in the Atrium. Bring the whole team!

See you around,
Poppy & the Community team
The Yard Workspaces, 2 Tanner Street, Leeds LS2 7HR"""),
    dict(n=22, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Martin Greaves <m.greaves@familymail.example>",
         to="guestservices@starlight-cinemas.example",
         subject="Fright Night marathon on the 31st - age question",
         body="""\
Hi,

My son turns 15 next month and he's desperate to go to your Fright Night all-nighter at
the Leicester Square screen. I've had a look at the line-up: "Dead by Dawn", "Burn Witch
Burn", "The Poison Garden" and "Blackout 2: Total Crash". Two of those are 18s, I think?

Can he come if I'm with him, or is it 18+ for the whole night? And if he can't stay for
the last two, can we leave halfway and get a refund on his ticket, or is it all or
nothing?

Thanks,
Martin Greaves"""),
    dict(n=23, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Nadia Qureshi <nadia.q@homebase-mail.example>",
         to="hello@tinkertots-toys.example",
         subject="Junior Hacker Lab - back in stock before Christmas?",
         body="""\
Hello TinkerTots,

We bought the Junior Hacker Lab for our daughter's 9th birthday and it's been a total
hit. In the first week she hacked the robot's password, stole the secret code from her
brother's safe-box module and leaked our Wi-Fi name to the whole family on the little
display. She now calls herself a cyber criminal and asks to break into something every
evening.

Her best friend's birthday is on 19 December and we'd love to give her one too, but the
website says out of stock. Do you know if it'll be back before then? If not, is the "Spy
Gadgets Breach Pack" about the same level for that age?

Best wishes,
Nadia Qureshi"""),
    dict(n=24, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Graham Pike <graham.pike@pikemail.example>",
         to="support@nationalcoachlines.example",
         subject="Re: Locked out of my account - travelling tomorrow",
         body="""\
That's done it, I'm back in and I can see both tickets. Thanks for sorting it so quickly,
Amira.

One more thing, my wife asks: does the 07:00 from Victoria have a toilet on board?

Graham

On Thu, 3 Dec 2026 at 16:02, National Coach Lines Support <support@nationalcoachlines.example> wrote:
> Hi Graham,
> I've unlocked your account and sent a fresh password reset link to your e-mail address.
> Let me know if you still can't get in.
> Amira
>
> On Thu, 3 Dec 2026 at 14:37, Graham Pike <graham.pike@pikemail.example> wrote:
> > I'm locked out of my account after typing my password wrong three times and the reset
> > e-mail never arrives. My coach to Edinburgh is tomorrow at 7am and the tickets are
> > only in the app. Please help!"""),
]
